import React from 'react';
import { createRoot } from 'react-dom/client';

function Checkout() {
  return (
    <main>
      <h1>Checkout</h1>
      <p>Review your basket and pay.</p>
    </main>
  );
}

createRoot(document.getElementById('root')).render(<Checkout />);
