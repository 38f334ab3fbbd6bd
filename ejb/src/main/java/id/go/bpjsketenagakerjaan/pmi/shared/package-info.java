/**
 * Value objects shared by every feature: {@link id.go.bpjsketenagakerjaan.pmi.shared.Money} (rupiah, exact),
 * {@link id.go.bpjsketenagakerjaan.pmi.shared.Nik}, {@link id.go.bpjsketenagakerjaan.pmi.shared.Period} and the
 * {@link id.go.bpjsketenagakerjaan.pmi.shared.Programme} enum. Plain Java, no container, no persistence.
 *
 * <p>Indonesian terms used here:
 * <ul>
 *   <li><b>NIK</b> (Nomor Induk Kependudukan): 16-digit national identity number on the KTP (identity card)
 *       and KK (family card); encodes province, regency, district, birth date (women: day + 40) and a serial.</li>
 *   <li><b>Rp</b> (rupiah, IDR): written with a dot for thousands, e.g. Rp 85.000.000; one rupiah = 100 sen.</li>
 *   <li><b>JKK</b> (Jaminan Kecelakaan Kerja) work-accident cover; <b>JKM</b> (Jaminan Kematian) death cover;
 *       <b>JHT</b> (Jaminan Hari Tua) old-age savings, voluntary for migrant workers.</li>
 *   <li><b>s.d.</b> (sampai dengan): "up to and including", used when printing a {@code Period}.</li>
 * </ul>
 */
package id.go.bpjsketenagakerjaan.pmi.shared;
