package example.undeclared.billing;

import example.undeclared.catalog.Product;

/** Uses the catalog all the same. */
public record Invoice(Product product) {}
