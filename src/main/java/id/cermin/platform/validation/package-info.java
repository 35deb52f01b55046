/**
 * Refusals of a request that must change nothing: one message key per field, thrown by
 * services and shown by whichever page sent the request. Knows nothing of HTTP, so any
 * feature's service can use it without depending on the web layer.
 */
package id.cermin.platform.validation;
