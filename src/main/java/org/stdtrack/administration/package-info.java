/**
 * What an administrator sets up before and while a programme runs: programmes, the domain taxonomy,
 * committees and organisations (the programme room's reference data), each change checked, audited and
 * offered as API and pages under {@code /admin/}. Uses: programme, identity, audit, problem, web.
 */
package org.stdtrack.administration;
