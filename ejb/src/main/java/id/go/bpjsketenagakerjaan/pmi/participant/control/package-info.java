/**
 * Input rules of the participant registry as plain classes ({@link
 * id.go.bpjsketenagakerjaan.pmi.participant.control.ParticipantRules}: NIK validity and consistency with sex and
 * birth date, passport-only exception path, placement, family, bank accounts) and the forms they check. No container,
 * no JPA: every check returns field-named problems in Bahasa Indonesia.
 *
 * <p>Indonesian terms: <b>NIK</b> national identity number; <b>KK</b> family card; <b>KPJ</b> participant card number;
 * <b>P3MI</b> licensed placement agency, licence <b>SIP3MI</b>; <b>PMI perseorangan</b> worker placed without an
 * agency; <b>kode provinsi / kabupaten-kota</b> Kemendagri region codes (the first 2 / 4 digits of a NIK).
 */
package id.go.bpjsketenagakerjaan.pmi.participant.control;
