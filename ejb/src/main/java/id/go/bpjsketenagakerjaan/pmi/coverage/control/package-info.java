/**
 * Coverage rules as plain classes: which phase protects a participant on a given day
 * ({@link id.go.bpjsketenagakerjaan.pmi.coverage.control.PhaseResolver}) and what the contributions are
 * ({@link id.go.bpjsketenagakerjaan.pmi.coverage.control.ContributionCalculator}). No container, no JPA:
 * the boundary loads the facts and passes them in as a
 * {@link id.go.bpjsketenagakerjaan.pmi.coverage.control.CoverageFacts} record.
 *
 * <p>Indonesian terms used here:
 * <ul>
 *   <li><b>CPMI</b> (calon PMI): a prospective migrant worker before departure; <b>PMI</b> (Pekerja Migran
 *       Indonesia) a migrant worker; <b>PMI purna</b> a returned one.</li>
 *   <li><b>P3MI</b>: licensed private placement agency. <b>PMI perseorangan</b>: a PMI working abroad without an
 *       agency.</li>
 *   <li>Phases: <b>sebelum bekerja</b> (before work, B), <b>selama bekerja</b> (during work, D), <b>setelah
 *       bekerja</b> (after work, A).</li>
 *   <li><b>Embarkasi / debarkasi</b>: the Indonesian point of departure / of arrival on return.</li>
 *   <li><b>Cuti</b>: leave; leave spent in Indonesia stays covered by JKM, not by JKK.</li>
 *   <li><b>CTT</b> (cacat total tetap): total permanent disability; it ends the before-work cover.</li>
 *   <li><b>JKK</b> work-accident cover, <b>JKM</b> death cover, <b>JHT</b> old-age savings (voluntary).</li>
 *   <li><b>Iuran</b>: contribution. <b>Pasal</b>: article (Pasal 18 sets the contributions).</li>
 * </ul>
 */
package id.go.bpjsketenagakerjaan.pmi.coverage.control;
