/**
 * The benefit catalogue's rules and the entitlement calculator, as plain classes. The catalogue itself is
 * effective-dated reference data (table {@code benefit_version}); the boundary loads it and hands the rules to
 * {@link id.go.bpjsketenagakerjaan.pmi.benefit.control.EntitlementCalculator}, which explains every line.
 *
 * <p>Indonesian terms used here:
 * <ul>
 *   <li><b>JKK</b> work-accident cover (incl. occupational disease and PMI risks such as failed departure);
 *       <b>JKM</b> death cover; <b>JHT</b> old-age savings.</li>
 *   <li><b>CTT</b> (cacat total tetap): total permanent disability, decided by the agency's advisory doctor.</li>
 *   <li><b>CPMI</b> prospective worker; <b>P3MI</b> placement agency; <b>PMI purna</b> returned worker.</li>
 *   <li><b>Santunan</b> cash compensation; <b>santunan berkala</b> periodic payment (paid as a lump sum);
 *       <b>biaya pemakaman</b> funeral cost; <b>beasiswa</b> scholarship; <b>ahli waris</b> heir.</li>
 *   <li><b>KPJ</b> participant card number; <b>KK</b> family card, used to find the heirs.</li>
 *   <li>School levels: <b>TK</b> kindergarten, <b>SD</b> primary, <b>SMP</b> junior secondary, <b>SMA/SMK</b>
 *       senior secondary, <b>PT</b> university or vocational training.</li>
 *   <li><b>PHK sepihak</b>: unilateral termination of the work contract. <b>Moratorium</b>: government stop
 *       on placement to a country.</li>
 *   <li><b>Menunggu konfirmasi</b>: "awaiting confirmation", shown for amounts whose source is not confirmed.</li>
 * </ul>
 */
package id.go.bpjsketenagakerjaan.pmi.benefit.control;
