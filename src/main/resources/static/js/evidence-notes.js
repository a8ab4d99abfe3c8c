// The note form's progressive enhancement (the form works without it). With JavaScript:
// - a new note is sent to the notes API; when the connection is down or the request fails, it is kept
//   in this browser (localStorage) and listed as "Waiting to send", and sent when the connection returns
//   (the "online" event) or on the next visit. Each note keeps its client key, so the server saves it
//   once however often it is sent. A note the server refuses (a missing field, a name) is sent as the
//   ordinary form instead, so that the page shows why.
// - as the peer types, the suggest-component API is asked for the component the note bears on, and
//   its top answer offered ("Use this"); if that API is not there (404), nothing is offered.
(function () {
  'use strict'
  var form = document.getElementById('note-form')
  if (!form || !window.fetch || !window.JSON) return
  var QUEUE = 'hub.evidence.notes.waiting'
  var api = form.getAttribute('data-api')
  var suggestUrl = form.getAttribute('data-suggest')
  var isNew = form.getAttribute('data-new') === 'true'
  var csrfField = form.querySelector('input[name="_csrf"]')
  var csrf = csrfField ? csrfField.value : ''
  var sending = false

  function uuid () {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID()
    var b = crypto.getRandomValues(new Uint8Array(16))
    b[6] = (b[6] & 15) | 64
    b[8] = (b[8] & 63) | 128
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1) }).join('')
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20)
  }

  function load () {
    try { return JSON.parse(localStorage.getItem(QUEUE) || '[]') } catch (e) { return [] }
  }
  function store (items) {
    try { localStorage.setItem(QUEUE, JSON.stringify(items)) } catch (e) { /* storage full or off */ }
  }

  function body () {
    var data = new FormData(form)
    var note = { components: [], focusAreas: [] }
    ;['clientKey', 'source', 'kind', 'text', 'metricId', 'suggestedComponent'].forEach(function (n) {
      var v = data.get(n)
      if (v) note[n] = v
    })
    ;['sessionId', 'documentId', 'documentPage'].forEach(function (n) {
      var v = data.get(n)
      if (v && /^\d{1,9}$/.test(v)) note[n] = Number(v)
    })
    data.getAll('codes').forEach(function (c) {
      if (c.indexOf('c:') === 0) note.components.push(c.slice(2))
      if (c.indexOf('f:') === 0) note.focusAreas.push(Number(c.slice(2)))
    })
    if (note.source !== 'SESSION') delete note.sessionId
    if (note.source !== 'DOCUMENT') { delete note.documentId; delete note.documentPage }
    if (note.source !== 'DATA') delete note.metricId
    return note
  }

  function post (note) {
    return fetch(api, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-TOKEN': csrf },
      body: JSON.stringify(note)
    })
  }

  // ---- the waiting list
  var waiting = document.getElementById('waiting')
  function mine (item) { return item.api === api }
  function render () {
    if (!waiting) return
    var items = load().filter(mine)
    document.getElementById('waiting-count').textContent = String(items.length)
    var list = document.getElementById('waiting-list')
    while (list.firstChild) list.removeChild(list.firstChild)
    items.forEach(function (item) {
      var li = document.createElement('li')
      var text = item.note.text || ''
      li.textContent = (text.length > 80 ? text.slice(0, 80) + '…' : text) + (item.problem ? ' — not sent: ' + item.problem + ' ' : '')
      if (item.problem) {
        var edit = document.createElement('button')
        edit.type = 'button'
        edit.className = 'govuk-button govuk-button--secondary govuk-!-margin-bottom-0'
        edit.textContent = 'Put it back in the form'
        edit.addEventListener('click', function () { restore(item) })
        li.appendChild(edit)
      }
      list.appendChild(li)
    })
    waiting.hidden = items.length === 0
  }

  function restore (item) {
    store(load().filter(function (i) { return i.note.clientKey !== item.note.clientKey }))
    var n = item.note
    form.elements.clientKey.value = n.clientKey
    form.elements.text.value = n.text || ''
    render()
    form.elements.text.focus()
  }

  function keep (note) {
    var items = load().filter(function (i) { return i.note.clientKey !== note.clientKey })
    items.push({ api: api, note: note, kept: new Date().toISOString() })
    store(items)
  }

  function flush () {
    if (sending || !navigator.onLine) return Promise.resolve()
    var items = load().filter(function (i) { return mine(i) && !i.problem })
    if (!items.length) return Promise.resolve()
    sending = true
    var chain = Promise.resolve()
    items.forEach(function (item) {
      chain = chain.then(function () {
        return post(item.note).then(function (response) {
          if (response.ok) {
            store(load().filter(function (i) { return i.note.clientKey !== item.note.clientKey }))
          } else if (response.status >= 400 && response.status < 500 && response.status !== 401 && response.status !== 403) {
            return response.json().catch(function () { return {} }).then(function (problem) {
              store(load().map(function (i) {
                if (i.note.clientKey === item.note.clientKey) i.problem = problem.detail || ('refused (' + response.status + ')')
                return i
              }))
            })
          }
        }, function () { /* still offline: try again later */ })
      })
    })
    return chain.then(function () { sending = false; render() }, function () { sending = false; render() })
  }

  var status = document.createElement('p')
  status.className = 'govuk-body govuk-!-font-weight-bold'
  status.setAttribute('role', 'status')
  status.id = 'note-status'
  form.parentNode.insertBefore(status, form)

  function afterSaving (message) {
    status.textContent = message
    form.elements.text.value = ''
    form.elements.clientKey.value = uuid()
    form.elements.suggestedComponent.value = ''
    Array.prototype.forEach.call(form.querySelectorAll('input[name="codes"]'), function (c) { c.checked = false })
    hideSuggestion()
    render()
  }

  if (isNew && api) {
    form.addEventListener('submit', function (event) {
      if (event.submitter && event.submitter.name === 'saveAnyway') return // the server's warning page handles it
      event.preventDefault()
      var note = body()
      if (!navigator.onLine) {
        keep(note)
        afterSaving('No connection: the note is kept on this device and will be sent when the connection returns.')
        return
      }
      post(note).then(function (response) {
        if (response.ok) {
          afterSaving(response.status === 201 ? 'Note saved.' : 'This note was already saved.')
        } else if (response.status >= 500) {
          keep(note)
          afterSaving('The Hub could not save the note just now: it is kept on this device and will be sent again.')
        } else {
          form.submit() // the page shows what is wrong, with the same client key
        }
      }, function () {
        keep(note)
        afterSaving('No connection: the note is kept on this device and will be sent when the connection returns.')
      })
    })
    window.addEventListener('online', flush)
    render()
    flush()
  }

  // ---- only the fields of the chosen source are shown (without JavaScript all are)
  var panels = { SESSION: 'source-session', DOCUMENT: 'source-document', DATA: 'source-data' }
  function showSource () {
    var chosen = form.querySelector('input[name="source"]:checked')
    Object.keys(panels).forEach(function (k) {
      var panel = document.getElementById(panels[k])
      if (panel) panel.hidden = !chosen || chosen.value !== k
    })
  }
  Array.prototype.forEach.call(form.querySelectorAll('input[name="source"]'), function (r) {
    r.addEventListener('change', showSource)
  })
  showSource()

  // ---- the component suggestion
  var text = form.elements.text
  var suggestion = document.getElementById('suggestion')
  var timer = null
  var suggestOff = !suggestUrl || !suggestion
  function hideSuggestion () {
    if (!suggestion) return
    suggestion.hidden = true
    while (suggestion.firstChild) suggestion.removeChild(suggestion.firstChild)
  }
  function offer (component) {
    var box = form.querySelector('input[name="codes"][value="c:' + component + '"]')
    if (!box) return hideSuggestion()
    var label = form.querySelector('label[for="' + box.id + '"]')
    var headline = label ? label.textContent : component
    hideSuggestion()
    suggestion.appendChild(document.createTextNode('Suggested: ' + headline + ' — '))
    if (box.checked) {
      suggestion.appendChild(document.createTextNode('ticked'))
    } else {
      var use = document.createElement('button')
      use.type = 'button'
      use.className = 'hub-link-button govuk-link'
      use.textContent = 'Use this'
      use.addEventListener('click', function () {
        box.checked = true
        form.elements.suggestedComponent.value = component
        offer(component)
      })
      suggestion.appendChild(use)
    }
    suggestion.hidden = false
  }
  function ask () {
    var words = text.value.trim()
    if (suggestOff || words.length < 20) return
    fetch(suggestUrl, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-TOKEN': csrf },
      body: JSON.stringify({ text: words })
    }).then(function (response) {
      if (response.status === 404) { suggestOff = true; return null }
      return response.ok ? response.json() : null
    }).then(function (answer) {
      if (answer && answer.suggestions && answer.suggestions.length) offer(answer.suggestions[0].component)
    }, function () { /* offline: no suggestion */ })
  }
  if (text && !suggestOff) {
    text.addEventListener('input', function () {
      clearTimeout(timer)
      timer = setTimeout(ask, 600)
    })
  }
})()
