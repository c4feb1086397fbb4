// The article page: sends the pasted text or the chosen file to POST analyze?view=true (relative, so that it
// works under an API Gateway stage path) and renders the answer with ArticleView.
(function () {
  'use strict';
  var form = document.getElementById('analyse-form');
  var textArea = document.getElementById('article-text');
  var fileInput = document.getElementById('article-file');
  var published = document.getElementById('published-at');
  var button = document.getElementById('analyse');
  var status = document.getElementById('status');
  var result = document.getElementById('result');
  var jsonUrl = null;

  function say(message, isError) {
    status.textContent = message;
    status.className = 'status' + (isError ? ' error' : '');
  }

  function body() {
    var file = fileInput.files[0];
    if (file) {
      var html = /\.html?$/i.test(file.name);
      return { data: file, type: file.type || (html ? 'text/html' : 'text/plain'), size: file.size, name: file.name };
    }
    var blob = new Blob([textArea.value], { type: 'text/plain; charset=utf-8' });
    return { data: blob, type: 'text/plain; charset=utf-8', size: blob.size, name: 'pasted text' };
  }

  fileInput.addEventListener('change', function () { if (fileInput.files[0]) textArea.value = ''; });
  textArea.addEventListener('input', function () { fileInput.value = ''; });

  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    var b = body();
    if (!b.size) { say('Nothing to analyse: paste an article or choose a file.', true); return; }
    var url = 'analyze?view=true' + (published.value ? '&publishedAt=' + encodeURIComponent(published.value) : '');
    var started = Date.now();
    button.disabled = true;
    result.removeAttribute('data-state');
    say('Analysing ' + b.name + ' (' + (b.size / 1024).toFixed(1) + ' KB)…');
    var ticker = setInterval(function () { say('Analysing ' + b.name + '… ' + Math.round((Date.now() - started) / 1000) + ' s'); }, 1000);
    fetch(url, { method: 'POST', headers: { 'Content-Type': b.type }, body: b.data })
      .then(function (r) { return r.text().then(function (t) { return { status: r.status, text: t }; }); })
      .then(function (r) {
        var doc;
        try { doc = JSON.parse(r.text); } catch (e) { throw new Error('HTTP ' + r.status + ': the answer is not JSON'); }
        if (doc.error) { result.textContent = ''; say('Not analysed (' + doc.error.code + '): ' + doc.error.message, true); return; }
        // any other failure (a server or proxy error page that happens to be JSON) is shown, never rendered
        if (r.status < 200 || r.status > 299 || !Array.isArray(doc.events)) {
          result.textContent = '';
          throw new Error('HTTP ' + r.status + (Array.isArray(doc.events) ? '' : ': the answer is not an analysis document'));
        }
        if (jsonUrl) URL.revokeObjectURL(jsonUrl);
        var contract = JSON.parse(r.text);
        delete contract.view;
        jsonUrl = URL.createObjectURL(new Blob([JSON.stringify(contract, null, 2)], { type: 'application/json' }));
        say('Rendering…');
        // let the status paint before a long article is laid out
        setTimeout(function () {
          try {
            ArticleView.render(result, doc, { jsonHref: jsonUrl, jsonName: 'analysis.json' });
          } catch (e) {
            say('The answer could not be shown: ' + e.message, true);
            return;
          }
          say(doc.events.length + ' event(s) found in ' + ((Date.now() - started) / 1000).toFixed(1) + ' s (language: ' + doc.language + ').');
          result.setAttribute('data-state', 'done');
        }, 0);
      })
      .catch(function (e) { say('Analysis failed: ' + e.message, true); })
      .then(function () { clearInterval(ticker); button.disabled = false; });
  });
})();
