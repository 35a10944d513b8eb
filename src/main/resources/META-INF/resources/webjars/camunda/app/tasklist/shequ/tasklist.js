// Shequ's additions to Camunda Tasklist, loaded by scripts/config.js (customScripts, and requireJsConfig.ngDeps
// makes the app depend on the AngularJS module defined here).
//  - Dates and times in Beijing time whatever time zone the computer is set to (China has one zone and no
//    daylight saving time, so a fixed UTC+8 offset is exact); the footer names that zone.
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
  .run(['moment', '$rootScope', '$location', function (moment, $rootScope, $location) {
    moment.updateOffset = inBeijingTime(moment.updateOffset);

    function sortBySoonestDue() {
      if ($location.path() === '/' && !$location.search().sorting) {
        $location.search('sorting', SOONEST_DUE_FIRST).replace();
      }
    }
    $rootScope.$on('$locationChangeSuccess', sortBySoonestDue);
    sortBySoonestDue();
  }]);

export default [];
