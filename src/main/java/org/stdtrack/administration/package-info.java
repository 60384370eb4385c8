/**
 * What an administrator sets up before and while a programme runs: programmes, the domain taxonomy, committees
 * and organisations (the programme room's reference data), each change checked, audited and offered as API and
 * pages under {@code /admin/}.
 */
@ApplicationModule(allowedDependencies = {"audit", "identity", "policy", "problem", "programme", "web"})
package org.stdtrack.administration;

import org.springframework.modulith.ApplicationModule;
