/* global document */
// Progressive enhancement only: every respondent page works without this file.
(function enhance() {
  // Move focus to the error summary so keyboard and screen reader users start there.
  var summary = document.querySelector('[data-error-summary]');
  if (summary) summary.focus();

  // "No contact" hides the questions it makes unnecessary (they stay in the form).
  var noContact = document.querySelector('[data-no-contact]');
  var questions = document.querySelector('[data-questions]');
  if (noContact && questions) {
    var sync = function () {
      questions.hidden = noContact.checked;
    };
    noContact.addEventListener('change', sync);
    sync();
  }

  // A second click while the first submission is on its way sends nothing.
  document.querySelectorAll('form[data-once]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (form.dataset.sent) event.preventDefault();
      form.dataset.sent = '1';
    });
  });
})();
