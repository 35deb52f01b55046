/**
 * The launcher: a program of its own beside the WAR ({@code target/cermin-launcher.jar}),
 * which starts embedded MariaDB servers and Payara Micro nodes for the demo and for a store
 * PC, and tells whether they run. It uses nothing of the application's code; the tests use
 * its servers.
 */
package id.cermin.launcher;
