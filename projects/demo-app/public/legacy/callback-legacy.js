/*
 * A legacy page script, written the way the Genesys Widgets docs show it: no Angular, no
 * imports, only the global bus. It books a callback through CallbackService commands and
 * listens to CallbackService events. The Angular app bridges them with withCxBus().
 */
(function () {
  'use strict';
  var plugin = null;
  var busReady = false;
  var READY_TEXT = 'CallbackService is ready on the bus.';

  function byId(id) {
    return document.getElementById(id);
  }

  function show(text, isError) {
    var out = byId('legacy-result');
    if (!out) return;
    out.textContent = text; // server text is data, never HTML
    out.className = isError ? 'error' : 'ok';
  }

  function book() {
    if (!plugin) return show('The bus is not ready yet.', true);
    var data = {
      phonenumber: byId('legacy-phone').value,
      firstname: byId('legacy-name').value,
      desiredtime: byId('legacy-asap').checked ? undefined : byId('legacy-time').value,
    };
    show('Booking…', false);
    plugin
      .command('CallbackService.schedule', data)
      .done(function (response) {
        show(
          'Booked through CXBus, callback id ' +
            (response._id || (response.data && response.data.id)),
          false,
        );
      })
      .fail(function (error) {
        show(
          'Not booked: ' +
            (typeof error === 'string' ? error : 'HTTP ' + error.status + ' ' + error.responseText),
          true,
        );
      });
  }

  window._genesys = window._genesys || {};
  window._genesys.widgets = window._genesys.widgets || {};
  // The documented way to wait for the Widgets' bus.
  window._genesys.widgets.onReady = function (bus) {
    plugin = bus.registerPlugin('LegacyDemoPage');
    plugin.subscribe('CallbackService.ready', function () {
      busReady = true;
      renderStatus();
    });
    plugin.subscribe('CallbackService.scheduled', function (event) {
      var log = byId('legacy-events');
      if (log) log.textContent += 'CallbackService.scheduled ' + JSON.stringify(event.data) + '\n';
    });
  };

  function renderStatus() {
    var status = byId('legacy-status');
    if (status && busReady && status.textContent !== READY_TEXT) status.textContent = READY_TEXT;
  }

  // The page's markup comes and goes with Angular's router: watch for it, and listen for
  // clicks on the document.
  new MutationObserver(renderStatus).observe(document.documentElement, {
    childList: true,
    subtree: true,
  });
  document.addEventListener('click', function (event) {
    if (event.target && event.target.id === 'legacy-book') book();
  });
})();
