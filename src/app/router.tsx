import { createBrowserRouter } from 'react-router';
import { AppLayout } from './app-layout';
import { EditorRoute } from './editor-route';
import { ImportRoute } from './import-route';
import { NotFoundRoute } from './not-found-route';
import { OutlineRoute } from './outline-route';
import { PickerRoute } from './picker-route';
import { RouteError } from './route-error';
import { SharedRoute } from './shared-route';

export const router = createBrowserRouter([
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <PickerRoute /> },
      { path: 'templates/:id', element: <OutlineRoute /> },
      { path: 'drafts/:id', element: <EditorRoute /> },
      { path: 'shared', element: <SharedRoute /> },
      { path: 'import', element: <ImportRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);
