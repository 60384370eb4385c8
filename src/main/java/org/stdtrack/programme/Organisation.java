package org.stdtrack.programme;

/** An organisation that leads drafting or adopts standards, with its unified social credit code if known. */
public record Organisation(String code, String nameEn, String nameZh, String creditCode) {}
