// The top bar's menus (<details class="menu">): Enter and Space open them natively; this adds what a menu bar is
// expected to do: one open at a time, Escape closes the open one and gives the focus back to its summary, and a click
// or the focus going elsewhere closes it. Served by the server itself (the Content-Security-Policy allows no other).
(function () {
  'use strict';

  function menus() {
    return Array.prototype.slice.call(document.querySelectorAll('details.menu'));
  }

  function closeAllBut(keep) {
    menus().forEach(function (menu) {
      if (menu !== keep && menu.open) menu.open = false;
    });
  }

  // toggle does not bubble: listen while it goes down to the details
  document.addEventListener('toggle', function (event) {
    var menu = event.target;
    if (menu.matches && menu.matches('details.menu') && menu.open) closeAllBut(menu);
  }, true);

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    menus().forEach(function (menu) {
      if (!menu.open) return;
      menu.open = false;
      menu.querySelector('summary').focus();
      event.preventDefault();
    });
  });

  document.addEventListener('click', function (event) {
    menus().forEach(function (menu) {
      if (menu.open && !menu.contains(event.target)) menu.open = false;
    });
  });

  document.addEventListener('focusin', function (event) {
    menus().forEach(function (menu) {
      if (menu.open && !menu.contains(event.target)) menu.open = false;
    });
  });
})();
