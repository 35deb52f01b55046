/**
 * The demo store: a believable toko bangunan catalogue and two demo accounts, loaded on
 * the first start of a node running with {@code CERMIN_DEMO=true}, with the same ids on
 * every node so that the hub and the store start out as mirrors of each other.
 */
package id.cermin.demo;
