// Starts GOV.UK Frontend's components. Loaded as a module, so browsers too old for it skip it and
// the pages keep working without JavaScript. No inline script: the Content-Security-Policy forbids it.
import { initAll } from '/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()

// On a narrow screen a wide table scrolls inside itself (app.css): let the keyboard reach it too.
function focusableWideTables () {
  for (const table of document.querySelectorAll('table.govuk-table')) {
    if (table.scrollWidth > table.clientWidth) {
      table.setAttribute('tabindex', '0')
    } else if (table.getAttribute('tabindex') === '0') {
      table.removeAttribute('tabindex')
    }
  }
}
focusableWideTables()
window.addEventListener('resize', focusableWideTables)
