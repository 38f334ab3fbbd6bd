/**
 * Read models for management (queries only): the dashboard's figures as plain DTOs with getters. Boundary:
 * {@code DashboardService}; control: plain reference helpers. No entity of its own, no writes, no NIK.
 */
package id.go.bpjsketenagakerjaan.pmi.dashboard;
