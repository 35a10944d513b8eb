// Shequ's additions to Camunda Tasklist, loaded by scripts/config.js (customScripts, and requireJsConfig.ngDeps
// makes the app depend on the AngularJS module defined here).
//  - Dates and times in Beijing time whatever time zone the computer is set to (China has one zone and no
//    daylight saving time, so a fixed UTC+8 offset is exact); the footer names that zone.
//  - Relative times ("1天后") in the chosen language, whichever language file arrives last.
//  - Lists sorted by due date, soonest first, unless the caseworker picks another sorting.

const BEIJING_OFFSET_MINUTES = 8 * 60;
const BEIJING_ZONE = 'Asia/Shanghai';
const SOONEST_DUE_FIRST = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

function inBeijingTime(previousHook) {
  return function (instant) {
    if (previousHook) {
      previousHook.apply(this, arguments);
    }
    // utcOffset() marks the moment as offset (_isUTC), which also ends the hook's re-entry from within it
    if (!instant._isUTC && instant.isValid()) {
      instant.utcOffset(BEIJING_OFFSET_MINUTES);
    }
  };
}

window.angular
  .module('shequ.tasklist', [])
  .config(['$provide', function ($provide) {
    $provide.decorator('camWidgetFooterDirective', ['$delegate', function ($delegate) {
      $delegate[0].compile = function () {
        return function (scope) {
          scope.timezoneName = BEIJING_ZONE;
        };
      };
      return $delegate;
    }]);
  }])
  .run(['moment', 'amMoment', '$translate', '$rootScope', '$location', function (moment, amMoment, $translate,
    $rootScope, $location) {
    moment.updateOffset = inBeijingTime(moment.updateOffset);

    // Tasklist gives moment the date names of each language file as it arrives, and moment then makes that
    // language the global one: when the English fallback arrives last, relative times turn English.
    function followChosenLanguage() {
      const chosen = $translate.use() || $translate.proposedLanguage();
      if (chosen && chosen !== moment.locale() && moment.locales().indexOf(chosen) > -1) {
        amMoment.changeLocale(chosen);
      }
    }
    ['defineLocale', 'updateLocale'].forEach(function (name) {
      const original = moment[name];
      moment[name] = function () {
        const result = original.apply(this, arguments);
        followChosenLanguage();
        return result;
      };
    });
    $rootScope.$on('$translateChangeSuccess', followChosenLanguage);
    followChosenLanguage();

    function sortBySoonestDue() {
      if ($location.path() === '/' && !$location.search().sorting) {
        $location.search('sorting', SOONEST_DUE_FIRST).replace();
      }
    }
    $rootScope.$on('$locationChangeSuccess', sortBySoonestDue);
    sortBySoonestDue();
  }]);

export default [];
