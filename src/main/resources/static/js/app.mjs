// Starts GOV.UK Frontend's components. Loaded as a module, so browsers too old for it skip it and
// the pages keep working without JavaScript. No inline script: the Content-Security-Policy forbids it.
import { initAll } from '/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
