package cloudrl.check;

import java.util.List;

/**
 * What {@link EnvironmentChecker} found.
 *
 * @param violations one line per broken rule, empty when the environment keeps the contract
 */
public record ContractReport(List<String> violations) {

    public ContractReport {
        violations = List.copyOf(violations);
    }

    /** Whether no rule was broken. */
    public boolean passed() {
        return violations.isEmpty();
    }

    /** @throws AssertionError listing every violation, when there is one */
    public void assertPassed() {
        if (!passed()) {
            throw new AssertionError("the environment breaks the contract:\n  " + String.join("\n  ", violations));
        }
    }
}
