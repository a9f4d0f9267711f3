/**
 * Files fracdyn reads and writes: atomic writes (temporary file, then rename), CSV tables,
 * JSON and YAML documents, NumPy arrays, and problem files.
 */
package org.fracdyn.io;
