// Shequ's login page: logs in with the Camunda webapps' own login, then returns to the page asked for.
(function () {
  'use strict';

  var PAGES = [
    { prefix: '/dashboard', title: '社区书记工作台 登录', app: 'welcome',
      refused: '登录失败：用户名或密码不正确，或没有打开工作台的权限（社区书记、审计、管理员）。' },
    { prefix: '/audit', title: '审计·纪检 登录', app: 'cockpit',
      refused: '登录失败：用户名或密码不正确，或没有审计权限。' }
  ];

  // only a path of this site: never another origin
  function next() {
    var target = new URLSearchParams(location.search).get('next') || '/dashboard/';
    return /^\/[^\/\\]/.test(target) ? target : '/dashboard/';
  }

  var page = PAGES.filter(function (p) { return next().indexOf(p.prefix) === 0; })[0] || PAGES[0];
  document.getElementById('title').textContent = page.title;
  document.title = page.title + ' · Shequ';

  document.getElementById('login').addEventListener('submit', function (event) {
    event.preventDefault();
    var error = document.getElementById('error');
    error.hidden = true;
    ShequSession.logIn(document.getElementById('username').value, document.getElementById('password').value,
      page.app).then(function (status) {
      if (status === 200) {
        location.assign(next());
      } else {
        error.textContent = page.refused;
        error.hidden = false;
      }
    }).catch(function () {
      error.textContent = '无法连接服务器。';
      error.hidden = false;
    });
  });
}());
