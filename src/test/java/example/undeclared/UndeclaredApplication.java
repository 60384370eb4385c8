package example.undeclared;

import org.springframework.modulith.Modulithic;

/** A two-room application whose billing room uses the catalog without declaring it: verify() must refuse it. */
@Modulithic
public class UndeclaredApplication {}
