/*
 * The main menu folds behind a button on narrow screens (tablets): PrimeFaces' menubar has no such mode of its own.
 * A file, not an inline script: the CSP allows scripts from the application only.
 */
(function () {
    'use strict';

    function header() {
        return document.querySelector('.pmi-header');
    }

    function toggle() {
        return document.getElementById('menuToggle');
    }

    function setOpen(open) {
        var h = header(), button = toggle();
        if (!h || !button) {
            return;
        }
        h.classList.toggle('pmi-menu-open', open);
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
        if (open) {
            // the first entry takes the focus, so the keyboard goes on from where the eye goes
            var first = h.querySelector('.ui-menubar > .ui-menu-list > .ui-menuitem:not(.ui-menubar-start) > .ui-menuitem-link');
            if (first) {
                first.focus();
            }
        }
    }

    document.addEventListener('click', function (event) {
        if (event.target.closest && event.target.closest('#menuToggle')) {
            setOpen(toggle().getAttribute('aria-expanded') !== 'true');
        }
    });

    document.addEventListener('keydown', function (event) {
        var h = header();
        if (event.key === 'Escape' && h && h.classList.contains('pmi-menu-open')) {
            setOpen(false);
            toggle().focus();
        }
    });
})();
