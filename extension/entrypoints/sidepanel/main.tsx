import { createRoot } from 'react-dom/client';
import '../../ui/pages.css';
import './sidepanel.css';
import { SidePanel } from './SidePanel';

createRoot(document.getElementById('root')!).render(<SidePanel />);
