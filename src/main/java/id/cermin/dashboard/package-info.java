/** The first page after login: the store at a glance, and this node's identity. */
package id.cermin.dashboard;
