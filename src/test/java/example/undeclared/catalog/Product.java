package example.undeclared.catalog;

public record Product(String name) {}
