/**
 * Enterprises' adoption declarations of published standards, the GB 32100 credit-code check, and the
 * adoption-verification process's backing class (an association verifies). Uses standard, identity,
 * engine, lifecycle (task handlers), audit.
 */
package org.stdtrack.adoption;
