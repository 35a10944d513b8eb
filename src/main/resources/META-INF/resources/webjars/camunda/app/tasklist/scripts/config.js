// Shequ's Tasklist configuration: replaces the one in Camunda's webjar (same path, our classpath wins).
// Chinese for browsers that ask for it, English for everyone else; dates in 24-hour time.
export default {
  app: {
    name: '任务办理',
    vendor: '社区诉求'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'YYYY-MM-DD HH:mm',
    normal: 'YYYY-MM-DD HH:mm',
    long: 'YYYY-MM-DD dddd HH:mm',
    short: 'YYYY-MM-DD'
  },
  disableWelcomeMessage: true,
  // shequ/tasklist.js: Beijing time, lists sorted by due date
  customScripts: ['shequ/tasklist'],
  requireJsConfig: {
    ngDeps: ['shequ.tasklist']
  },

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务 / claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '跳到第一个任务列表 / focuses the first filter'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '跳到列表中的第一个任务 / focuses the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '跳到表单的第一个输入框 / focuses the first field of the task form'
    }
  }
};
