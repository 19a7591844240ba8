package org.journeyworkbench.cli;

/** A command-line argument that cannot be used: the message names it and says why. Exit code 2. */
final class UsageProblem extends RuntimeException {
    UsageProblem(String message) {
        super(message);
    }
}
