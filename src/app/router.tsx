import { createBrowserRouter } from 'react-router';
import { AddTemplateRoute } from './add-template-route';
import { AppLayout } from './app-layout';
import { NotFoundRoute } from './not-found-route';
import { OutlineRoute } from './outline-route';
import { PickerRoute } from './picker-route';
import { ReplaceTemplateRoute } from './replace-template-route';
import { RouteError } from './route-error';

// The first screen (picker and library) loads with the app; the editor (with
// TipTap), the shared view and the import screen load when first opened, so
// the first screen ships less JavaScript (bench/RESULTS.md has the sizes).
export const router = createBrowserRouter([
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <PickerRoute /> },
      { path: 'templates/new', element: <AddTemplateRoute /> },
      { path: 'templates/:id', element: <OutlineRoute /> },
      { path: 'templates/:id/replace', element: <ReplaceTemplateRoute /> },
      { path: 'drafts/:id', lazy: async () => ({ Component: (await import('./editor-route')).EditorRoute }) },
      { path: 'shared', lazy: async () => ({ Component: (await import('./shared-route')).SharedRoute }) },
      { path: 'join', lazy: async () => ({ Component: (await import('./join-route')).JoinRoute }) },
      { path: 'import', lazy: async () => ({ Component: (await import('./import-route')).ImportRoute }) },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);
