/**
 * Who changed what and when: an insert-only trail written in the same transaction as
 * the change it describes, mirrored like sales so the owner sees every store's trail.
 */
package id.cermin.audit;
