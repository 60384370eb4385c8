/** Declares that it uses nothing. */
@ApplicationModule(allowedDependencies = {})
package example.undeclared.billing;

import org.springframework.modulith.ApplicationModule;
