package com.dezky.platform.user;

import com.dezky.model.PageView;
import com.dezky.model.user.MeView;
import com.dezky.model.user.UserView;
import com.dezky.platform.security.CallerAuthentication;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class UserController {

    private final UserService users;

    UserController(UserService users) {
        this.users = users;
    }

    /** The caller's own record, created on first sight and refreshed from the token on every call. */
    @GetMapping("/me")
    MeView me(CallerAuthentication authentication) {
        return new MeView(users.recordSignIn(authentication.caller()).toView());
    }

    /** All users, most recently seen first (operator-only, see the security configuration). */
    @GetMapping("/users")
    PageView<UserView> users(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        PageView<UserAccount> accounts = users.list(page, size);
        return new PageView<>(accounts.items().stream().map(UserAccount::toView).toList(),
                accounts.page(), accounts.size(), accounts.totalItems());
    }
}
