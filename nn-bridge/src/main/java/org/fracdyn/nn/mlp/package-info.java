/**
 * A fully connected ReLU classifier with optional batch normalisation, its SGD optimiser,
 * dense layer products and a model file format.
 */
package org.fracdyn.nn.mlp;
