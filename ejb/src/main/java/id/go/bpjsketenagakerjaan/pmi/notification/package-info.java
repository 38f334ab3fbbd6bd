/**
 * Notifications to claimants and staff (status changes, information requests, SLA warnings and escalations): written
 * to an outbox in the same transaction as the change, delivered after commit with retries.
 */
package id.go.bpjsketenagakerjaan.pmi.notification;
