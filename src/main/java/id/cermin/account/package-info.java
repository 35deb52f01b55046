/**
 * Who may do what: the store's users and their roles (OWNER, ADMIN, KASIR), login and
 * logout through Jakarta Security, password hashing, the first-start owner account,
 * and the owner's user management pages.
 */
package id.cermin.account;
