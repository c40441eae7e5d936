package com.safereply.app.memory;

import com.safereply.app.practice.admin.ApproverAccount;
import com.safereply.app.practice.admin.ApproverAccounts;
import com.safereply.app.practice.admin.ApproverExistsException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** {@link ApproverAccounts} in memory: e-mails unique across practices, as in one Cognito user pool. */
public final class InMemoryApproverAccounts implements ApproverAccounts {

    private record Account(String practiceId, ApproverAccount account, boolean admin) {
    }

    private final Map<String, Account> byUsername = new TreeMap<>();

    @Override
    public synchronized ApproverAccount invite(String practiceId, String email, boolean admin) {
        if (byUsername.values().stream().anyMatch(a -> email.equalsIgnoreCase(a.account().email()))) {
            throw new ApproverExistsException();
        }
        ApproverAccount account = new ApproverAccount(UUID.randomUUID().toString(), email, true,
                "FORCE_CHANGE_PASSWORD");
        byUsername.put(account.username(), new Account(practiceId, account, admin));
        return account;
    }

    @Override
    public synchronized Optional<ApproverAccount> find(String practiceId, String username) {
        Account found = byUsername.get(username);
        return found == null || !found.practiceId().equals(practiceId) ? Optional.empty() : Optional.of(found.account());
    }

    @Override
    public synchronized void disable(String practiceId, String username) {
        Account found = byUsername.get(username);
        if (found != null && found.practiceId().equals(practiceId)) {
            ApproverAccount a = found.account();
            byUsername.put(username, new Account(practiceId,
                    new ApproverAccount(a.username(), a.email(), false, a.status()), found.admin()));
        }
    }

    @Override
    public synchronized List<ApproverAccount> list(String practiceId) {
        List<ApproverAccount> accounts = new ArrayList<>();
        byUsername.values().stream().filter(a -> a.practiceId().equals(practiceId))
                .forEach(a -> accounts.add(a.account()));
        return accounts;
    }

    /** Whether the account was invited into {@code practice-admins}: for tests. */
    public synchronized boolean isAdmin(String username) {
        Account found = byUsername.get(username);
        return found != null && found.admin();
    }
}
