// The synthesis board while a grouping runs: asks for its progress every two seconds, shows it, and
// reloads the board when the grouping has finished. Without JavaScript the page offers a refresh link.
(function () {
  const box = document.getElementById('grouping-progress')
  if (!box || !window.fetch) return
  const url = box.getAttribute('data-progress-url')
  const done = box.querySelector('[data-done]')
  const total = box.querySelector('[data-total]')
  function poll () {
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null })
      .then(function (run) {
        if (run) {
          done.textContent = run.notesDone
          total.textContent = run.notesTotal
          if (run.state !== 'RUNNING') {
            window.location.reload()
            return
          }
        }
        window.setTimeout(poll, 2000)
      })
      .catch(function () { window.setTimeout(poll, 5000) })
  }
  window.setTimeout(poll, 2000)
})()
