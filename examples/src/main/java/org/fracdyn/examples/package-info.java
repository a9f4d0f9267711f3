/**
 * Teaching demos. The problem files of {@code examples/problems/} run with
 * {@code fracdyn solve}.
 */
package org.fracdyn.examples;
