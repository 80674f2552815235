// One lint setup for the shared UI, both SPAs and the browser tests; formatting is Prettier's.
import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import skipFormatting from '@vue/eslint-config-prettier/skip-formatting'

export default defineConfigWithVueTs(
  {
    name: 'dezky/files',
    files: ['**/*.{ts,mts,vue}'],
  },
  {
    name: 'dezky/ignores',
    ignores: ['**/target/**', '**/dist/**', '**/node_modules/**', 'e2e-tests/artifacts/**', '**/*.generated.ts'],
  },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    name: 'dezky/rules',
    rules: {
      // Every component is used in one app's templates under its file name, which says what it is.
      'vue/multi-word-component-names': 'off',
      // Unused arguments are named on purpose when a callback's shape demands them.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  skipFormatting,
)
