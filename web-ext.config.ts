import { defineWebExtConfig } from 'wxt';

// `npm run dev` on a machine with no display cannot launch a browser; `npm start` does that instead.
export default defineWebExtConfig({ disabled: !process.env.DISPLAY });
