/**
 * What every feature stands on: this node's identity, identifiers and clocks that two
 * databases can generate independently, the store's business day in its own time zone,
 * the schema migration at start-up and the health check.
 */
package id.cermin.platform;
