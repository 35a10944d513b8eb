// Logs in with the Camunda webapps' own login (as Cockpit does), then returns to the audit page.
(function () {
  'use strict';

  function next() {
    var target = new URLSearchParams(location.search).get('next') || '/audit/';
    return target.indexOf('/audit') === 0 ? target : '/audit/';
  }

  document.getElementById('login').addEventListener('submit', function (event) {
    event.preventDefault();
    var error = document.getElementById('error');
    error.hidden = true;
    // a GET under /camunda gives the session the CSRF token that the webapps' login POST must carry
    fetch('/camunda/app/cockpit/default/', { credentials: 'same-origin' }).then(function () {
      return fetch('/audit/xsrf', { credentials: 'same-origin' });
    }).then(function (response) {
      return response.json();
    }).then(function (xsrf) {
      var body = new URLSearchParams();
      body.set('username', document.getElementById('username').value);
      body.set('password', document.getElementById('password').value);
      return fetch('/camunda/api/admin/auth/user/default/login/cockpit', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-XSRF-TOKEN': xsrf.token },
        body: body
      });
    }).then(function (response) {
      if (response.ok) {
        location.assign(next());
      } else {
        error.textContent = '登录失败：用户名或密码不正确，或没有审计权限。';
        error.hidden = false;
      }
    }).catch(function () {
      error.textContent = '无法连接服务器。';
      error.hidden = false;
    });
  });
}());
