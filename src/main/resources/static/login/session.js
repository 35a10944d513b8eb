// The Camunda webapps' session, shared by Shequ's own pages (the dashboard, the audit page): the CSRF
// token its login and logout need, logging in and out, and the way back to the login page.
var ShequSession = (function () {
  'use strict';

  function token() {
    return fetch('/login/xsrf', { credentials: 'same-origin' }).then(function (response) { return response.json(); })
      .then(function (xsrf) { return xsrf.token; });
  }

  // Logs in through this webapp's login (cockpit: auditors only; welcome: every user); answers the status.
  function logIn(username, password, app) {
    // a GET under /camunda gives the session the CSRF token that the webapps' login POST must carry
    return fetch('/camunda/app/welcome/default/', { credentials: 'same-origin' }).then(token).then(function (xsrf) {
      var body = new URLSearchParams();
      body.set('username', username);
      body.set('password', password);
      return fetch('/camunda/api/admin/auth/user/default/login/' + app, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-XSRF-TOKEN': xsrf },
        body: body
      });
    }).then(function (response) { return response.status; });
  }

  function logOut(then) {
    token().then(function (xsrf) {
      return fetch('/camunda/api/admin/auth/user/default/logout',
        { method: 'POST', credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': xsrf } });
    }).finally(function () { location.assign(then); });
  }

  function toLogin() {
    location.assign('/login/?next=' + encodeURIComponent(location.pathname + location.search));
  }

  return { logIn: logIn, logOut: logOut, toLogin: toLogin };
}());
