/**
 * Servlet plumbing shared by every page: CSRF protection, locale, security headers,
 * one-time messages after a redirect, value formatting for the views, and form parsing
 * that turns what a person typed into exact numbers.
 */
package id.cermin.web;
