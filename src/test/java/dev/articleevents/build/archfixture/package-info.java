/**
 * Deliberately bad code, laid out like the project under its own root, so that {@code ArchitectureTest} can show
 * each of its rules failing: a rule that never fails holds nothing. Never used outside that test.
 */
package dev.articleevents.build.archfixture;
