/**
 * Notifications to claimants and staff (status changes, information requests, SLA warnings and escalations): written
 * to an outbox in the same transaction as the change, delivered after commit with retries, to the server log by
 * default or by SMTP ({@link id.go.bpjsketenagakerjaan.pmi.notification.control.SenderKind},
 * {@link id.go.bpjsketenagakerjaan.pmi.notification.control.MailSettings}). <b>Pemohon</b> is the claimant.
 */
package id.go.bpjsketenagakerjaan.pmi.notification;
