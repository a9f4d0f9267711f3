/**
 * Image data for the recorder: IDX files (the MNIST and Fashion-MNIST format) and labelled
 * image sets.
 */
package org.fracdyn.nn.data;
